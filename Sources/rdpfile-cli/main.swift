print("rdpfile")
