x = [1, 2]
__import__("sys").displayhook((len(x) + 1))
