x = a if b else c if d else e
y = [1 if z else 2 for z in w]
