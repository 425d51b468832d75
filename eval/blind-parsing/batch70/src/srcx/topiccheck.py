import os, re
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
taken = open(os.path.join(root, 'src', 'topics-taken.txt'), encoding='utf-8').read().lower()
words = [f.split('-')[2] for f in sorted(os.listdir(root)) if re.match(r'p70-\d\d-.*\.txt$', f)]
bad = [w for w in words if w.lower() in taken]
print('topics:', ' '.join(words))
print('%d topic words, %d unique, %d found in topics-taken.txt' % (len(words), len(set(words)), len(bad)), bad)
