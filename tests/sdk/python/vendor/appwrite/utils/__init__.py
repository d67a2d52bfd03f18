# This file makes the 'utils' directory a Python package.
