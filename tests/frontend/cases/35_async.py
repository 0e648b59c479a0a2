async def main():
    await sleep(1)
    async for x in aiter():
        pass
    async with lock as l:
        pass
    result = [x async for x in agen()]
    return await fetch()
