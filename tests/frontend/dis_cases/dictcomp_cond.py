{k: v for k, v in pairs if v}
{x: [y for y in x] for x in z}
