from django.contrib import messages
from django.shortcuts import redirect, render

from accounts.access import role_required
from clients.forms import ClientPreferencesForm
from clients.models import Client
from clients.services import client_preferences_update


@role_required("client")
def today(request):
    client = Client.objects.visible_to(request.user).select_related("user").get()
    return render(request, "clients/today.html", {"client": client})


@role_required("client")
def preferences(request):
    client = Client.objects.visible_to(request.user).select_related("user").get()
    form = ClientPreferencesForm(
        request.POST or None, instance=client, initial={"display_name": client.user.display_name}
    )
    if request.method == "POST" and form.is_valid():
        preferences = {name: form.cleaned_data[name] for name in form.Meta.fields}
        client_preferences_update(client=client, display_name=form.cleaned_data["display_name"], **preferences)
        messages.success(request, "Your preferences are saved.")
        return redirect("clients:preferences")
    return render(request, "clients/preferences.html", {"form": form})
