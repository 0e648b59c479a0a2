assert x == 1, f"x is {x}"
