"""Reading a dashboard page in a test: the response, once it is known to be a 200."""

from django.urls import reverse


def page(client, url_name, *args, **query):
    response = client.get(reverse(url_name, args=args), query)
    assert response.status_code == 200, response.content[:500]
    return response
