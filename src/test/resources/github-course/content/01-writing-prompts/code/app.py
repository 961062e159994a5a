print("a prompt")
