"""The demo's accounts and how to sign in as each: read by ``seed_demo``, and by ``prepare_run`` when the demo is
already loaded (without the imports that seeding needs)."""

from django.conf import settings

DEMO_CLIENTS = {
    "clinician@demo.test": [
        ("client@demo.test", "Alex", "Europe/London"),
        ("sam@demo.test", "Sam", "Europe/London"),
        ("jordan@demo.test", "Jordan", "Europe/Dublin"),
        ("priya@demo.test", "Priya", "Europe/London"),
        ("mateo@demo.test", "Mateo", "Europe/Madrid"),
    ],
    "clinician2@demo.test": [
        ("client2@demo.test", "Robin", "America/New_York"),
    ],
}
DEMO_CLINICIANS = [("clinician@demo.test", "Dr Maya Okafor"), ("clinician2@demo.test", "Dr Tom Lindqvist")]

# Numbers from Ofcom's London range kept for drama (020 7946 0000–0999): they never ring anyone.
DEMO_CONTACT = {
    "client@demo.test": {
        "phone": "+442079460123",
        "emergency_contact_name": "Jamie (sister)",
        "emergency_contact_phone": "+442079460456",
    }
}


def report(out, style, password: str) -> None:
    """Where to go and whom to sign in as."""
    out.write(style.SUCCESS("Demo data is ready."))
    out.write(f"Open {settings.SITE_URL}/ and sign in with password {password!r} as:")
    out.write("  admin@demo.test        practice admin")
    for email, name in DEMO_CLINICIANS:
        caseload = ", ".join(c[0] for c in DEMO_CLIENTS[email])
        out.write(f"  {email:<22} {name} (caseload: {caseload})")
    out.write("  client@demo.test       a client of clinician@demo.test (phone-sized portal)")
