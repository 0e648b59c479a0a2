try:
    a()
except KeyError as k:
    b(k)
finally:
    c()
