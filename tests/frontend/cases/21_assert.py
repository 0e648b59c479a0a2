assert x
assert x > 0, "x must be positive"
assert isinstance(a, int), f"got {a!r}"
