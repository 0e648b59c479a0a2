{x for x in y}
{k: v for k, v in d.items()}
