# Only the last statement is echoed, and only if it is an expression.
# %%
1
2
3
# %%
'first'
x = 'second'
# %%
'a', 'b'
