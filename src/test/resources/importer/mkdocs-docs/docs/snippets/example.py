import os

# --8<-- [start:func]
def my_function(var):
    pass
# --8<-- [end:func]

print(os.name)
