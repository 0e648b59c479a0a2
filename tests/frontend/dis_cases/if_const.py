if 1:
    a = 1
if 0:
    b = 2
while 0:
    pass
