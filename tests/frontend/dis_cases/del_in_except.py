try:
    pass
except E as e:
    del e
