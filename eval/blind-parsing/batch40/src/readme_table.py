import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRICKY = {
 '01': 'agency Frage:/Antwort:; interviewer only in closing credit; 3-paragraph answer',
 '02': 'CW:/MO: initials; interviewer interjection splits an answer (resumed answer = new turn); Zur Person box; caption',
 '03': 'Swiss spelling and «»; outlet-abbreviation question labels "SR:"; surname answer labels for a double surname; inline Anzeige; whitespace-only separator lines',
 '04': 'Austrian double interview; bold full-name labels then surnames; unlabelled bold questions; guest interjection + "Bitte." from interviewer; fact box',
 '05': 'podcast timestamps + first names only; jingles; sponsor read by host (drop); show notes (sidebar)',
 '06': 'reader questions signed by pseudonymous initials inside the block; expert only in standfirst; no interviewer',
 '07': 'panel with particles (van der Molen, zu Sayn-Bergheim); interrupted guest; named and unnamed audience questions; (Applaus)',
 '08': 'press release; quote spanning two paragraphs; boilerplate; press contact',
 '09': 'reportage narration; quote by interviewee inside narration; anonymous bystander; embedded "Nachgefragt" bold Q&A',
 '10': 'public question time minutes in reported speech; supplementary questions; anonymous questioner; CRLF',
 '11': 'e-mail interview with "> " quoted questions; e-mail sign-off as answer continuation',
 '12': 'questionnaire with half-sentence prompts completed by "…"; no interviewer',
 '13': 'news item + "Drei Fragen an"; spokesperson quote (statement); interviewer only in closing "Fragen:" line',
 '14': 'live chat with timestamps and user handles; moderator welcome/farewell; answer split across two posts',
 '15': 'markdown web copy; completely unlabelled alternation; question without "?"; answer with rhetorical question; comments',
 '16': 'radio CAPS labels full then surname; O-Ton clip (quote); host interruption + resumed answer; jingle, traffic, weather',
 '17': 'Q:/A:; interviewer only at the end; unlabelled continuation paragraph; pull quote duplicating answer text',
 '18': 'unlabelled bold questions; interviewee (with nickname) only in standfirst; two-paragraph question',
 '19': 'HOST:/GUEST: role labels only; cold-open clip (quote); interrupted + resumed answer; host ad read',
 '20': 'TV transcript; reporter package narration (statement by reporter); UNIDENTIFIED clips; lower-third and tape markers',
 '21': 'panel; CAPS full names then first names; crosstalk; audience member known only by first name',
 '22': 'press release with CEO, CTO and minister quotes; bullet highlights; ### marker; forward-looking disclaimer',
 '23': 'local report; bystanders (one with first name + age) as quote; councillor statement; embedded initials Q&A box',
 '24': 'e-mail interview; copied e-mail header (drop); numbered questions; list paragraph + signature as continuation',
 '25': 'advice column; pseudonymous reader sign-offs, one in its own block; columnist answers unlabelled',
 '26': 'questionnaire with prompt and answer in one block (answer); one prompt alone in its own block (question)',
 '27': 'council minutes; written questions + supplementaries; answers in reported speech by chair and cabinet member',
 '28': 'live Q&A blog; "Q from Daniel in Marston"; pinned post and advert; answer split over two timestamped posts',
 '29': 'staff bulletin; unrelated news items around it; answers under stage name, real name only in standfirst; "WB:" labels',
 '30': 'markdown web copy; full names then TBR:/EVT:; label on own line inside block; label alone in own block; ## headings',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if f.endswith('.key.json'):
        k = json.load(open(os.path.join(HERE, f), encoding='utf-8'))
        nn = k['file'].split('-')[1]
        rows.append('| %s | %s | %s | %s |' % (k['file'], k['language'], k['layout'].replace('|', '/'), TRICKY[nn]))
print('| file | lang | layout | what is tricky |\n|---|---|---|---|')
print('\n'.join(rows))
