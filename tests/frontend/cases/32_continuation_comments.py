# leading comment
x = 1 + \
    2 + \
    3
y = (1 +  # comment inside brackets
     2)
z = [
    1,  # one
    # a lone comment line
    2,
]
if a and \
   b:
    pass
    # trailing comment in block

def f():  # comment after colon
    return 1  # comment after return
w = {
    'k':
        'v'
}
