match p:
    case 1 as _:
        pass
