"""Independent checks of what ttn-lw-migrate writes for and sends to The Things Stack.

Written from The Things Stack's source (lorawan-stack v3.32.1), not from this project's code.
"""
