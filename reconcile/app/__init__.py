"""The review app: Streamlit pages over a case store (entry point `main.py`, started by `reconcile app`)."""
