print("vr-docs")
