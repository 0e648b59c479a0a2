if a and (b or c) and not d:
    e()
x = a or b and c
while a and not b:
    c()
