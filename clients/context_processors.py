import functools

from clients.safety_plan import own_safety_plan


def safety_plan(request) -> dict:
    """A signed-in client's safety plan, for the "Need help now?" panel: read once, only if a page shows it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or user.role != "client":
        return {}
    return {"safety_plan": functools.cache(lambda: own_safety_plan(user=user))}
