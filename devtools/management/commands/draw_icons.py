"""Draw the app's icons (favicon, home-screen and install icons) into static/icons/.

The icons are committed; run this only to change them. The mark is the header's: a soft sage disc,
lit from the upper left, on the product's deep teal. The maskable icon keeps the disc inside the
central 80 % that every launcher's mask leaves visible.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from PIL import Image, ImageDraw

TEAL = (47, 93, 98)  # --accent
SAGE = (143, 185, 168)
SIZES = {"icon-192.png": (192, False), "icon-512.png": (512, False), "maskable-512.png": (512, True)}
APPLE = "apple-touch-icon.png"


def mark(size: int, *, maskable: bool) -> Image.Image:
    """The disc on teal, drawn four times larger and scaled down for smooth edges."""
    big = size * 4
    image = Image.new("RGB", (big, big), TEAL)
    draw = ImageDraw.Draw(image)
    radius = big * (0.26 if maskable else 0.34)
    centre = big / 2
    steps = 48
    for step in range(steps):
        # Concentric discs from the rim inwards, lighter towards a highlight up and to the left.
        share = step / steps
        r = radius * (1 - share)
        shift = radius * 0.3 * share
        shade = tuple(round(s + (255 - s) * 0.35 * share) for s in SAGE)
        box = (centre - shift - r, centre - shift - r, centre - shift + r, centre - shift + r)
        draw.ellipse(box, fill=shade)
    return image.resize((size, size), Image.Resampling.LANCZOS)


class Command(BaseCommand):
    help = "Draw the favicon and the install icons into static/icons/."

    def handle(self, *args, **options):
        folder = Path(settings.BASE_DIR) / "static" / "icons"
        folder.mkdir(parents=True, exist_ok=True)
        for name, (size, maskable) in SIZES.items():
            mark(size, maskable=maskable).save(folder / name, optimize=True)
        mark(180, maskable=True).save(folder / APPLE, optimize=True)  # iOS rounds the corners itself
        mark(64, maskable=False).save(folder / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
        self.stdout.write(f"Icons written to {folder}.")
