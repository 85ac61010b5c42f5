"""The method library: built-in methods from files, method files people share."""
