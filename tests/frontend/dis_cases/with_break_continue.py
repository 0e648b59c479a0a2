for f in fs:
    with f:
        if f.x:
            break
        if f.y:
            continue
        f.z()
