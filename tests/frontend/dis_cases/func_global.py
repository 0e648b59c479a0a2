g = 0
def setg():
    global g
    g = 5
def readg():
    return g
