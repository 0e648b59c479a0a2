ｘ = 1
print(x, ｍａｘ)
µ = 2
