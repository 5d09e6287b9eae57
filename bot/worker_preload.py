"""Imported once by the worker pool's forkserver, before it forks any worker.

Every worker then starts with SymPy, matplotlib and the solver already in memory (pages shared
copy-on-write with the forkserver): a worker starts, or replaces one killed at its time limit,
in milliseconds instead of importing for about a second and a quarter. Nothing here runs a
student's request.
"""

from bot.workers import _warm_up, worker_env

worker_env()  # before NumPy and matplotlib are imported
_warm_up()
