from qa_bot.cli import main

raise SystemExit(main())
