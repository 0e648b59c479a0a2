for f in files:
    with open(f) as h:
        if h:
            continue
        data = h.read()
