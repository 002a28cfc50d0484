<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>QFileDialog</name>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Каталог не найден.
Проверьте правильность указанного имени каталога.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Файл не найден.
Проверьте правильность указанного имени файла.</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>Файл %1</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 уже существует.
Заменить его?</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Выбрать</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Папка:</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Новая папка</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Открыть</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Переименовать</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сохранить</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>«%1» защищён от записи.
Действительно удалить?</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Псевдоним</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Все файлы (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Все файлы (*)</translation>
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
      <translation>Действительно удалить «%1»?</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Переключить в подробный режим</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Переключить в режим списка</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Не удалось удалить каталог.</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Создать папку</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Создать новую папку</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Подробный вид</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Каталоги</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Каталог:</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Диск</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Имя файла:</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Папка с файлами</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Файлы</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;Типы файлов:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Типы файлов:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Найти каталог</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Вперёд</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Вперёд</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Перейти в родительский каталог</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Список</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Места и закладки</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Перейти к:</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Мой компьютер</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Новая папка</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Родительский каталог</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Недавние документы</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Сохранить как</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Ярлык</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Показать </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Показать ск&amp;рытые файлы</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Боковая панель</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Неизвестный</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Имя «%1» не может быть использовано.&lt;/b&gt;&lt;p&gt;Попробуйте использовать имя меньшей длины и/или без символов пунктуации.</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Компьютер</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Дата изменения</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Некорректное имя файла</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Мой компьютер</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Alias</source>
      <translation>Псевдоним</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Диск</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Папка с файлами</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Ярлык</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Неизвестный</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Нет</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Да</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Прервать</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Применить</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Отклонить</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Справка</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Пропустить</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Сбросить</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>По умолчанию</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Сохранить все</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Да для &amp;всех</translation>
    </message>
  </context>
</TS>
