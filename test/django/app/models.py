from django.db import models
class Blog(models.Model):
    name = models.CharField(max_length=50)
class Entry(models.Model):
    blog = models.ForeignKey(Blog, on_delete=models.CASCADE)
    headline = models.CharField(max_length=50)
    body_text = models.TextField(default='x')
    pub_date = models.DateField(null=True)
class Author(models.Model):
    name = models.CharField(max_length=50)
class Book(models.Model):
    author = models.ForeignKey(Author, on_delete=models.PROTECT)
    price = models.DecimalField(max_digits=6, decimal_places=2, default=1)
class Product(models.Model):
    stock = models.IntegerField()
class Order(models.Model):
    number = models.IntegerField(unique=True)
class PublishedManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(status='published')
class Post(models.Model):
    status = models.CharField(max_length=10)
    objects = models.Manager()
    published = PublishedManager()
