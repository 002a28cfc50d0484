<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
  <context>
    <name>QFileDialog</name>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Бума табылмады.
Берілген бума атының дұрыс екенін тексеріңіз.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Файл табылмады.
Берілген файл атының дұрыс екенін тексеріңіз.</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 файлы</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 бар болып тұр.
Оны алмастыру керек пе?</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>Таң&amp;дау</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>Ө&amp;шіру</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>Жаңа &amp;бума</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>А&amp;шу</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>Атын өзге&amp;рту</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сақтау</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>«%1» жазудан қорғалған.
Сонда да оны өшіру керек пе?</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Бүркеншік ат</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>«%1» өшіру керек пе?</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Артқа</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Толық көрініс режиміне ауысу</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Тізім көрінісі режиміне ауысу</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Буманы өшіру мүмкін емес.</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Жаңа бума жасау</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Жаңа бума жасау</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Өшіру</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Толық көрініс</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Бумалар</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Бума:</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Жетек</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Файл &amp;аты:</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Файлдар бумасы</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Файлдар</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Файлдар &amp;түрі:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Файлдар түрі:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Буманы табу</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Бума</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Алға</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Артқа өту</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Алға өту</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Ата-ана бумасына өту</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Тізім көрінісі</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Орындар мен бетбелгілер тізімі</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Қайда қарау:</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Менің компьютерім</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Жаңа бума</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ашу</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Ата-ана бумасы</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Жуырдағы орындар</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Өшіру</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Қалайша сақтау</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Жарлық</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Көрсету </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>&amp;Жасырын файлдарды көрсету</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Бүйірлік панель</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Белгісіз</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;«%1» атауын қолдануға болмайды.&lt;/b&gt;&lt;p&gt;Қысқарақ немесе тыныс белгілері жоқ басқа атау беріп көріңіз.</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Компьютер</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Өзгертілген күні</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Файл аты жарамсыз</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Менің компьютерім</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Өлшемі</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Түрі</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Alias</source>
      <translation>Бүркеншік ат</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Жетек</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Файлдар бумасы</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Бума</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Жарлық</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Белгісіз</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Жоқ</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Иә</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Үзу</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Іске асыру</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Жабу</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Елемеу</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Көмек</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Елемеу</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Барлығына ж&amp;оқ</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>ОК</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ашу</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Бастапқы күйге келтіру</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Бастапқы күйді қалпына келтіру</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Қайталау</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сақтау</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Барлығын сақтау</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Б&amp;арлығына иә</translation>
    </message>
  </context>
</TS>
