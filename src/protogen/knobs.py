"""The user's knobs that every stage shares, kept free of heavy imports."""

TONES = ("friendly", "bold", "formal")
DEFAULT_TONE = "friendly"
