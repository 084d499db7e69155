def practice(request) -> dict:
    """The signed-in person's practice, for the header and the crisis resources."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"practice": user.practice}
