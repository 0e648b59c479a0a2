try:
    try:
        a()
    except ValueError:
        b()
except Exception as e:
    c(e)
