from ui.app import main

if __name__ == "__main__":  # guarded: analysis workers re-import the main module
    raise SystemExit(main())
