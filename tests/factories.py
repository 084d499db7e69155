import factory
from allauth.account.models import EmailAddress

from accounts.models import User
from assignments.library import EXAMPLES
from assignments.models import Assignment, Response
from assignments.services import Submission, response_save_draft, response_submit
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


# --- Answers, through the same services as the portal, the API and in-session mode ------------------------------


def example_answers(assignment: Assignment) -> dict:
    """The example answer written in the assignment's template file (``assignments/library``)."""
    return EXAMPLES[assignment.template_version.template.slug]


def _current_version(assignment: Assignment) -> int:
    return Response.objects.filter(assignment=assignment).values_list("version", flat=True).first() or 0


def submitted(
    assignment: Assignment, answers: dict | None = None, *, by: User | None = None, in_session: bool = False
) -> Submission:
    """Send the assignment in with ``response_submit``: the template's example answers unless others are given, by
    the assignment's client unless ``by`` someone else (a clinician, with ``in_session``), on top of whatever was
    saved before (its current version)."""
    return response_submit(
        assignment=assignment,
        user=by or assignment.client.user,
        answers=example_answers(assignment) if answers is None else answers,
        version=_current_version(assignment),
        in_session=in_session,
    )


def drafted(assignment: Assignment, answers: dict, *, by: User | None = None, in_session: bool = False) -> Response:
    """Keep ``answers`` as a draft with ``response_save_draft``, by the assignment's client unless ``by`` someone
    else (a clinician, with ``in_session``), on top of whatever was saved before (its current version)."""
    return response_save_draft(
        assignment=assignment,
        user=by or assignment.client.user,
        answers=answers,
        version=_current_version(assignment),
        in_session=in_session,
    )
