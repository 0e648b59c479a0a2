for i in range(3):
    try:
        if i:
            continue
        break
    except Exception:
        pass
    finally:
        print(i)
