if x:
	if y:
		pass
	else:
		z = 1
for i in r:
	pass
while a:
        b
