import factory
from allauth.account.models import EmailAddress

from accounts.models import User
from clients.models import CareTeamMember, Client
from clinicians.models import Clinician
from practices.models import Practice

PASSWORD = "correct horse battery staple"


class PracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Practice

    name = factory.Sequence(lambda n: f"Practice {n}")
    slug = factory.Sequence(lambda n: f"practice-{n}")
    require_mfa = False


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.test")
    display_name = factory.Faker("first_name")
    role = User.Role.CLIENT
    practice = factory.SubFactory(PracticeFactory)

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or PASSWORD)
        if create:
            self.save(update_fields=["password"])

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(user=self, email=self.email, primary=True, verified=True)


class ClinicianFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Clinician

    user = factory.SubFactory(UserFactory, role=User.Role.CLINICIAN)


class ClientFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Client

    user = factory.SubFactory(UserFactory, role=User.Role.CLIENT)


class CareTeamMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CareTeamMember

    client = factory.SubFactory(ClientFactory)
    clinician = factory.SubFactory(ClinicianFactory)
    is_primary = True


def client_of(clinician: Clinician, **user_fields) -> Client:
    """A client in the clinician's practice, cared for by them as primary clinician."""
    client = ClientFactory(user__practice=clinician.user.practice, **{f"user__{k}": v for k, v in user_fields.items()})
    CareTeamMemberFactory(client=client, clinician=clinician)
    return client
