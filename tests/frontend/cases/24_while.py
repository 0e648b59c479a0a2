while True:
    break
while x > 0:
    x -= 1
else:
    print("done")
while 1: pass
