// The editor side of the "Django quiz" and "Django flashcards" blocks. Plain JavaScript over the
// `wp` globals (no build step): settings in the sidebar, a live preview rendered by the server
// (the same PHP as on the published page). The blocks are dynamic: the post stores only the block
// comment with its settings, so an Author without unfiltered_html can save one.
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const {
    PanelBody,
    TextControl,
    SelectControl,
    ToggleControl,
    RangeControl,
    FormTokenField,
    ColorPalette,
    BaseControl,
  } = wp.components;
  const { __ } = wp.i18n;
  const ServerSideRender = wp.serverSideRender;

  // The topics of the bundled question set (test/node/wordpress.test.mjs keeps this list in step
  // with data/django-questions.json).
  const TOPICS = [
    'admin',
    'apis',
    'architecture',
    'auth',
    'caching',
    'deployment',
    'forms',
    'middleware',
    'models',
    'orm',
    'performance',
    'security',
    'sessions',
    'settings',
    'signals',
    'templates',
    'testing',
    'transactions',
    'urls',
    'views',
  ];
  const DIFFICULTIES = ['easy', 'medium', 'hard'];
  const ACCENTS = [
    { name: __('Django green', 'django-quiz-elements'), color: '#0c4b33' },
    { name: __('Blue', 'django-quiz-elements'), color: '#1d4ed8' },
    { name: __('Purple', 'django-quiz-elements'), color: '#6d28d9' },
    { name: __('Red', 'django-quiz-elements'), color: '#b3261e' },
    { name: __('Orange', 'django-quiz-elements'), color: '#b45309' },
  ];

  const toList = (value) => (value ? value.split(',').filter(Boolean) : []);
  const fromList = (items) => items.map((item) => String(item).trim().toLowerCase()).join(',');

  function tokens(label, value, suggestions, onChange, help) {
    return el(FormTokenField, {
      __next40pxDefaultSize: true,
      __experimentalExpandOnFocus: true,
      label,
      value: toList(value),
      suggestions,
      onChange: (items) => onChange(fromList(items) || undefined),
      __experimentalShowHowTo: false,
      help,
    });
  }

  function selectionPanel(attributes, set) {
    return el(
      PanelBody,
      { title: __('Questions', 'django-quiz-elements') },
      tokens(
        __('Topics', 'django-quiz-elements'),
        attributes.topics,
        TOPICS,
        (topics) => set({ topics }),
        __('Empty: every topic.', 'django-quiz-elements'),
      ),
      tokens(
        __('Difficulty', 'django-quiz-elements'),
        attributes.difficulty,
        DIFFICULTIES,
        (difficulty) => set({ difficulty }),
        __('Empty: every difficulty.', 'django-quiz-elements'),
      ),
      el(RangeControl, {
        __next40pxDefaultSize: true,
        __nextHasNoMarginBottom: true,
        label: __('How many (0: all)', 'django-quiz-elements'),
        value: attributes.count ?? 0,
        min: 0,
        max: 30,
        onChange: (count) => set({ count: count || undefined }),
      }),
      el(ToggleControl, {
        __nextHasNoMarginBottom: true,
        label: __('Shuffle', 'django-quiz-elements'),
        checked: !!attributes.shuffle,
        onChange: (shuffle) => set({ shuffle }),
      }),
      attributes.shuffle &&
        el(TextControl, {
          __next40pxDefaultSize: true,
          __nextHasNoMarginBottom: true,
          label: __('Seed (same order for every reader)', 'django-quiz-elements'),
          value: attributes.seed ?? '',
          onChange: (seed) => set({ seed: seed || undefined }),
        }),
    );
  }

  function lookPanel(attributes, set) {
    return el(
      PanelBody,
      { title: __('Look', 'django-quiz-elements'), initialOpen: false },
      el(SelectControl, {
        __next40pxDefaultSize: true,
        __nextHasNoMarginBottom: true,
        label: __('Theme', 'django-quiz-elements'),
        value: attributes.theme ?? '',
        options: [
          { label: __("Follow the reader's setting", 'django-quiz-elements'), value: '' },
          { label: __('Light', 'django-quiz-elements'), value: 'light' },
          { label: __('Dark', 'django-quiz-elements'), value: 'dark' },
        ],
        onChange: (theme) => set({ theme: theme || undefined }),
      }),
      el(
        BaseControl,
        { label: __('Accent colour', 'django-quiz-elements'), id: 'django-quiz-elements-accent' },
        el(ColorPalette, {
          colors: ACCENTS,
          value: attributes.accent,
          onChange: (accent) => set({ accent: accent || undefined }),
        }),
      ),
    );
  }

  function sourcePanel(attributes, set) {
    return el(
      PanelBody,
      { title: __('Progress and source', 'django-quiz-elements'), initialOpen: false },
      el(ToggleControl, {
        __nextHasNoMarginBottom: true,
        label: __("Keep progress in the reader's browser", 'django-quiz-elements'),
        checked: !attributes.noPersist,
        onChange: (keep) => set({ noPersist: keep ? undefined : true }),
      }),
      el(TextControl, {
        __next40pxDefaultSize: true,
        __nextHasNoMarginBottom: true,
        type: 'url',
        label: __('Your own question set (URL of a JSON file)', 'django-quiz-elements'),
        help: __('Empty: the bundled Django questions.', 'django-quiz-elements'),
        value: attributes.src ?? '',
        onChange: (src) => set({ src: src || undefined }),
      }),
    );
  }

  function edit(name, modePanel) {
    return function Edit({ attributes, setAttributes }) {
      return el(
        Fragment,
        null,
        el(
          InspectorControls,
          null,
          selectionPanel(attributes, setAttributes),
          modePanel(attributes, setAttributes),
          lookPanel(attributes, setAttributes),
          sourcePanel(attributes, setAttributes),
        ),
        el('div', useBlockProps(), el(ServerSideRender, { block: name, attributes })),
      );
    };
  }

  registerBlockType('django-quiz-elements/quiz', {
    edit: edit('django-quiz-elements/quiz', (attributes, set) =>
      el(
        PanelBody,
        { title: __('Mode', 'django-quiz-elements') },
        el(SelectControl, {
          __next40pxDefaultSize: true,
          __nextHasNoMarginBottom: true,
          label: __('Mode', 'django-quiz-elements'),
          value: attributes.mode ?? 'practice',
          options: [
            {
              label: __('Practice: feedback after each answer', 'django-quiz-elements'),
              value: 'practice',
            },
            { label: __('Exam: results at the end', 'django-quiz-elements'), value: 'exam' },
          ],
          onChange: (mode) => set({ mode }),
        }),
        el(RangeControl, {
          __next40pxDefaultSize: true,
          __nextHasNoMarginBottom: true,
          label: __('Pass mark (%)', 'django-quiz-elements'),
          value: attributes.passMark ?? 70,
          min: 0,
          max: 100,
          onChange: (passMark) => set({ passMark }),
        }),
      ),
    ),
    save: () => null,
  });

  registerBlockType('django-quiz-elements/flashcard', {
    edit: edit('django-quiz-elements/flashcard', (attributes, set) =>
      el(
        PanelBody,
        { title: __('Mode', 'django-quiz-elements') },
        el(SelectControl, {
          __next40pxDefaultSize: true,
          __nextHasNoMarginBottom: true,
          label: __('Mode', 'django-quiz-elements'),
          value: attributes.mode ?? 'review',
          options: [
            { label: __('Review: spaced repetition', 'django-quiz-elements'), value: 'review' },
            { label: __('Browse: a plain deck', 'django-quiz-elements'), value: 'browse' },
          ],
          onChange: (mode) => set({ mode }),
        }),
        (attributes.mode ?? 'review') === 'review' &&
          el(RangeControl, {
            __next40pxDefaultSize: true,
            __nextHasNoMarginBottom: true,
            label: __('New cards per day', 'django-quiz-elements'),
            value: attributes.newPerDay ?? 10,
            min: 1,
            max: 50,
            onChange: (newPerDay) => set({ newPerDay }),
          }),
      ),
    ),
    save: () => null,
  });
})(window.wp);
