x = a if b else c
y = (a if b else c) + 1
