try:
    x()
except:
    y()
