try:
    a = 1
finally:
    b = 2
