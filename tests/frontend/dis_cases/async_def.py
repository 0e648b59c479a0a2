async def f():
    await g()
    async with a as b:
        pass
    async for x in y:
        pass
    return [z async for z in w]
