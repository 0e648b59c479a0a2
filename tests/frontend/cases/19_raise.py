raise
raise ValueError
raise ValueError("bad")
raise RuntimeError("wrapped") from exc
raise KeyError from None
