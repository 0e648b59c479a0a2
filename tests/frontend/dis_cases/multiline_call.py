result = func(
    arg1,
    arg2,
    key=value,
)
